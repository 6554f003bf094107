# Product quantization of weight rows: each row replaced by its nearest codebook entry
import torch

W = torch.tensor([[0.9, 1.1], [1.0, 0.8], [-0.5, 0.0], [-0.4, 0.1], [0.0, 0.9]])
codebook = torch.tensor([[1.0, 1.0], [-0.5, 0.0], [0.0, 1.0]])
d = torch.cdist(W, codebook)
codes = d.argmin(dim=1)
print(codes)
Wq = codebook[codes]
print(Wq)
print(codes.to(torch.uint8).element_size() * codes.numel(), W.element_size() * W.numel())
