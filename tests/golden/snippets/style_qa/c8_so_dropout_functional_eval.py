# Q: my model gives random predictions in eval mode: F.dropout(x) ignores model.eval() unless training=self.training.
import torch
import torch.nn as nn
import torch.nn.functional as F

class Bad(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        return F.dropout(self.fc(x), p=0.5)

class Good(Bad):
    def forward(self, x):
        return F.dropout(self.fc(x), p=0.5, training=self.training)

torch.manual_seed(0)
x = torch.ones(1, 4)
for cls in (Bad, Good):
    torch.manual_seed(1)
    m = cls().eval()
    a, b = m(x), m(x)
    print(cls.__name__, m.training, torch.equal(a, b))
    print(a)
d = nn.Dropout(p=0.25)
print(d, d.p)
print(d(torch.ones(8)))
d.eval()
print(d(torch.ones(8)))
try:
    nn.Dropout(p=1.5)
except ValueError as e:
    print("ValueError:", e)
print(F.dropout(torch.ones(4), p=0.0), F.dropout(torch.ones(4), p=1.0))
