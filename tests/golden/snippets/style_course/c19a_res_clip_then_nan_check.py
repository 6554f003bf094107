# the research-loop habit: skip the step if the gradient norm is not finite
import torch
torch.manual_seed(42)
w = torch.nn.Parameter(torch.randn(3))
opt = torch.optim.SGD([w], lr=0.1)
for step, scale in enumerate([1.0, float("inf"), 2.0]):
    opt.zero_grad()
    (w * scale).sum().backward()
    norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    if not torch.isfinite(norm):
        print(step, "skip", norm)
        continue
    opt.step()
    print(step, norm.item(), w.data)
