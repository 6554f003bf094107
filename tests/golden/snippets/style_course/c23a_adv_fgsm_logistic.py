# FGSM on a tiny logistic-regression "model" with hand-set weights
import torch
import torch.nn.functional as F

w = torch.tensor([1.5, -2.0, 0.5])
b = torch.tensor(0.25)
x = torch.tensor([0.2, 0.4, 0.9], requires_grad=True)
y = torch.tensor(1.0)
logit = x @ w + b
loss = F.binary_cross_entropy_with_logits(logit, y)
loss.backward()
print("clean logit:", round(logit.item(), 4), "loss:", round(loss.item(), 4))
print("input grad:", x.grad)
for eps in [0.0, 0.1, 0.25]:
    x_adv = (x + eps * x.grad.sign()).detach()
    new_logit = x_adv @ w + b
    print(eps, x_adv, round(new_logit.item(), 4), bool(new_logit > 0))
