# Feature distillation: a projection maps student features to the teacher's width
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)
t_feat = torch.randn(4, 8)
s_feat = torch.randn(4, 3, requires_grad=True)
proj = nn.Linear(3, 8, bias=False)
loss = F.mse_loss(proj(s_feat), t_feat)
loss.backward()
print(proj(s_feat).shape, loss.grad_fn.name())
print(s_feat.grad.shape, proj.weight.grad.shape)
cos = F.cosine_similarity(proj(s_feat), t_feat, dim=1)
print(cos.shape, (cos.abs() <= 1).all())
