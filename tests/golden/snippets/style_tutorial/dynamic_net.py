# A model whose forward reuses a parameter a random number of times.
import math
import random
import torch

class DynamicNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a, self.b, self.e = (torch.nn.Parameter(torch.randn(())) for _ in range(3))

    def forward(self, x):
        y = self.a + self.b * x
        for exp in range(2, random.randint(3, 5)):
            y = y + self.e * x ** exp
        return y

random.seed(0)
torch.manual_seed(5)
x = torch.linspace(-math.pi, math.pi, 200)
y = torch.sin(x)
model = DynamicNet()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-8, momentum=0.9)
for t in range(40):
    loss = torch.nn.functional.mse_loss(model(x), y, reduction='sum')
    if t % 10 == 9:
        print(t, loss.item())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print([round(p.item(), 4) for p in model.parameters()])
