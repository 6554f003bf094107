# Logit matching (Ba & Caruana): MSE between student and teacher logits, vs soft-target KL
import torch
import torch.nn.functional as F

s = torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 2.0]], requires_grad=True)
t = torch.tensor([[2.0, 0.5, -1.5], [0.0, 1.0, 2.5]])
mse = F.mse_loss(s, t)
mse.backward()
print(mse, s.grad)
kl = F.kl_div(F.log_softmax(s.detach(), 1), F.softmax(t, 1), reduction="batchmean")
print(kl)
