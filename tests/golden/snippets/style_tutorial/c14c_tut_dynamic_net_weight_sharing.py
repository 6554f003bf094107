# Dynamic-graph example: a middle layer reused a random number of times, a learnable
# polynomial head, trained with SGD momentum; Python's random decides the depth.
import random
import torch


class DynamicNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a = torch.nn.Parameter(torch.randn(()))
        self.b = torch.nn.Parameter(torch.randn(()))
        self.c = torch.nn.Parameter(torch.randn(()))
        self.e = torch.nn.Parameter(torch.randn(()))

    def forward(self, x):
        y = self.a + self.b * x + self.c * x ** 2
        for exp in range(3, random.randint(3, 5)):
            y = y + self.e * x ** exp
        return y


random.seed(6)
torch.manual_seed(6)
x = torch.linspace(-1, 1, 200)
y = torch.atan(2 * x)
model = DynamicNet()
criterion = torch.nn.MSELoss(reduction='sum')
optimizer = torch.optim.SGD(model.parameters(), lr=1e-4, momentum=0.9)
for t in range(1000):
    loss = criterion(model(x), y)
    if t % 250 == 249:
        print(t, loss.item())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print([round(p.item(), 6) for p in model.parameters()])
