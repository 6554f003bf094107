# L2-normalising feature maps per pixel over channels, and cosine similarity between two maps.
import torch
import torch.nn.functional as F

a = torch.tensor([[[[3.0, 0.0]], [[4.0, 0.0]]]])
b = torch.tensor([[[[6.0, 1.0]], [[8.0, 0.0]]]])
na = F.normalize(a, dim=1)
print(na)
print(F.cosine_similarity(a, b, dim=1))
print(F.normalize(torch.zeros(1, 2), dim=1), F.normalize(a, p=1, dim=1)[0, :, 0, 0])
x = a.clone().requires_grad_()
F.normalize(x, dim=1).sum().backward()
print(x.grad)
