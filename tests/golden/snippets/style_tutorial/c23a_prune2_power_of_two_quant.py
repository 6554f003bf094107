# Power-of-two (logarithmic) quantization: sign(w) * 2^round(log2|w|)
import torch

w = torch.tensor([0.3, -0.07, 1.6, 0.0, -0.5])
exp = torch.round(torch.log2(w.abs()))
print(exp)
q = torch.sign(w) * torch.pow(2.0, exp)
print(q)
print(torch.where(w == 0, torch.zeros_like(w), q))
print(exp.clamp(min=-4).to(torch.int8))
