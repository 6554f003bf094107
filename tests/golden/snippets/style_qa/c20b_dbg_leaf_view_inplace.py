# initialising part of a parameter in place
import torch

w = torch.zeros(2, 3, requires_grad=True)
row = w[0]
try:
    row.fill_(1.0)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w[0].fill_(1.0)
print(w)
(w * torch.arange(3.)).sum().backward()
print(w.grad)
