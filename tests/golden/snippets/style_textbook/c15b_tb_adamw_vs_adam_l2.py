# Adam with L2 inside the gradient versus AdamW's decoupled decay: the two drift apart.
import torch

torch.manual_seed(32)
target = torch.randn(3)
w1 = torch.ones(3, requires_grad=True)
w2 = torch.ones(3, requires_grad=True)
adam = torch.optim.Adam([w1], lr=0.1, weight_decay=0.1)
adamw = torch.optim.AdamW([w2], lr=0.1, weight_decay=0.1)
for step in range(1, 6):
    for w, opt in ((w1, adam), (w2, adamw)):
        opt.zero_grad()
        ((w - target) ** 2).sum().backward()
        opt.step()
    print(step, w1.detach(), w2.detach())
print(adamw.defaults['weight_decay'], adam.defaults['amsgrad'])
