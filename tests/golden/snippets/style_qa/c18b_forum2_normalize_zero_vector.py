# Q: cosine similarity with an all-zero embedding gives 0, normalize gives zeros
import torch
import torch.nn.functional as F

emb = torch.tensor([[3.0, 4.0], [0.0, 0.0]], requires_grad=True)
unit = F.normalize(emb, dim=1)
print(unit)
print(F.cosine_similarity(emb[0:1], emb[1:2]))
unit.sum().backward()
print(emb.grad)
manual = emb / emb.norm(dim=1, keepdim=True)
print(manual)
