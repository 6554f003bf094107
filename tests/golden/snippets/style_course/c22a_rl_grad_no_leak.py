import torch
import torch.nn as nn

torch.manual_seed(50)
critic = nn.Linear(2, 1)
s = torch.randn(3, 2)
v = critic(s).squeeze(1)
ret = torch.tensor([1.0, 2.0, 3.0])
adv = ret - v
print(adv.requires_grad)
adv_d = (ret - v).detach()
print(adv_d.requires_grad, adv_d.grad_fn)
logits = torch.zeros(3, requires_grad=True)
(-(logits * adv_d).sum()).backward()
print(critic.weight.grad)
print(logits.grad)
