# Q: loss becomes nan -- log(0) in my cross entropy
import torch

prob = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
lab = torch.tensor([0.0, 1.0, 1.0])
bce = -(lab * torch.log(prob) + (1 - lab) * torch.log(1 - prob)).mean()
print(bce)
bce.backward()
print(prob.grad)
p2 = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
tiny = 1e-7
loss2 = -(lab * torch.log(p2.clamp(tiny, 1 - tiny)) + (1 - lab) * torch.log((1 - p2).clamp(tiny, 1))).mean()
print(torch.isfinite(loss2).item())
