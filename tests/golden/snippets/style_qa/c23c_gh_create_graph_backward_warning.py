# Issue: "gradient penalty: backward(create_graph=True) then a penalty on the grad norm".
import torch

critic_w = torch.tensor([0.5, -1.0], requires_grad=True)
sample = torch.tensor([2.0, 1.0], requires_grad=True)
score = (critic_w * sample).pow(2).sum()
(g_sample,) = torch.autograd.grad(score, sample, create_graph=True)
penalty = (g_sample.norm() - 1) ** 2
penalty.backward()
print(g_sample.detach(), round(penalty.item(), 4))
print(critic_w.grad.round(decimals=4), sample.grad.round(decimals=4))
