# BCELoss's logs are the C library's logf and log1pf, as ATen's scalar loop calls them (loss.item() of a logistic model)
import torch
import torch.nn.functional as F
torch.manual_seed(0)
for n in (7, 40, 1000):
    p = torch.rand(n) * 0.98 + 0.01; t = torch.rand(n).round()
    print(n, F.binary_cross_entropy(p, t).item(), F.binary_cross_entropy(p, t, reduction='none')[:6].tolist(),
          F.binary_cross_entropy(p.double(), t.double()).item(), F.binary_cross_entropy(p, t, reduction='sum').item())
print(F.binary_cross_entropy(torch.tensor([0., 1., 0.5]), torch.tensor([1., 0., 0.5])))
m = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1), torch.nn.Sigmoid())
opt = torch.optim.SGD(m.parameters(), lr=0.5, momentum=0.9)
X = torch.randn(32, 3); y = (X[:, :1] > 0).float()
for i in range(8):
    opt.zero_grad(); l = torch.nn.BCELoss()(m(X), y); l.backward(); opt.step(); print(i, l.item())
