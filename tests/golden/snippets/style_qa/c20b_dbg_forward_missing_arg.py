# forward() called with the wrong arguments
import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
    def forward(self, x, mask):
        return self.fc(x) * mask

torch.manual_seed(33)
m = Model()
x = torch.randn(3, 2)
print(m(x, torch.ones(3, 1)).shape)
try:
    m(x)
except TypeError as e:
    print("TypeError:", e)
m.forward(x, mask=torch.zeros(3, 1))
print(m.forward(x, mask=torch.zeros(3, 1)).abs().sum())
