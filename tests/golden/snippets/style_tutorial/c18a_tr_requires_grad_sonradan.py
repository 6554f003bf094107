# requires_grad_ sonradan açmak ve dondurmak
import torch
from torch import nn

a = torch.randn(2, 2)
print("Başlangıçta:", a.requires_grad)
a.requires_grad_()
print("requires_grad_ sonrası:", a.requires_grad)
b = (a * a).sum()
print("b.grad_fn:", b.grad_fn)
katman = nn.Linear(3, 3)
for p in katman.parameters():
    p.requires_grad = False
print("Dondurulmuş çıktı grad_fn:", katman(torch.ones(1, 3)).grad_fn)
