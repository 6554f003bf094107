# OrderedDict ile isimli katmanlar ve katmana isimle erişim
from collections import OrderedDict
import torch
from torch import nn

torch.manual_seed(4)
ağ = nn.Sequential(OrderedDict([
    ("gizli", nn.Linear(3, 5)),
    ("aktivasyon", nn.GELU()),
    ("çıkış", nn.Linear(5, 1)),
]))
print(ağ)
print(ağ.gizli.weight.shape)
print(getattr(ağ, "çıkış"))
print([isim for isim, _ in ağ.named_modules()])
print(ağ(torch.ones(2, 3)).detach())
