# A network mixing Bilinear, PReLU and Softplus layers, trained for a few steps
import torch
from torch import nn

class PairScorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.bil = nn.Bilinear(3, 2, 4)
        self.act = nn.PReLU(num_parameters=4, init=0.1)
        self.out = nn.Sequential(nn.Linear(4, 1), nn.Softplus(beta=2.0))

    def forward(self, a, b):
        return self.out(self.act(self.bil(a, b)))

torch.manual_seed(1691)
model = PairScorer()
a, b, y = torch.randn(6, 3), torch.randn(6, 2), torch.rand(6, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.2)
for step in range(4):
    loss = nn.functional.mse_loss(model(a, b), y)
    opt.zero_grad(); loss.backward(); opt.step()
    print(step, loss.item())
print(model.act.weight)
print(model)
