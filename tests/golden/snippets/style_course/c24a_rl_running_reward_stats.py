# Running mean/variance of rewards (Welford), as used for reward scaling
import torch

class RunningStat:
    def __init__(self):
        self.n = 0
        self.mean = torch.zeros(())
        self.m2 = torch.zeros(())
    def push(self, x):
        self.n += 1
        d = x - self.mean
        self.mean = self.mean + d / self.n
        self.m2 = self.m2 + d * (x - self.mean)
    @property
    def var(self):
        return self.m2 / (self.n - 1) if self.n > 1 else torch.zeros(())

rs = RunningStat()
data = torch.tensor([1.0, 4.0, 2.0, 8.0, 5.0])
for x in data:
    rs.push(x)
print(rs.mean, rs.var)
print(data.mean(), data.var())
print(torch.allclose(rs.var, data.var()))
