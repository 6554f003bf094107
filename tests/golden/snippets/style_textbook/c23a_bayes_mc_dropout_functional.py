# MC dropout with F.dropout(training=True) regardless of the module's mode
import torch
import torch.nn.functional as F

torch.manual_seed(19)
h = torch.ones(2, 8)
a = F.dropout(h, p=0.5, training=True)
print(a)
print(a.sum(1))
print(F.dropout(h, p=0.5, training=False).equal(h))
print(F.dropout(h, p=0.0, training=True).equal(h))
try:
    F.dropout(h, p=1.5)
except ValueError as e:
    print("ValueError:", e)
