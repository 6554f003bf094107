# Model-capacity chapter: polynomial fits of growing degree, training vs held-out error.
import torch

torch.manual_seed(112)
x = torch.rand(30) * 2 - 1
y = torch.sin(3 * x) + 0.1 * torch.randn(30)
xt = torch.linspace(-1, 1, 50)
yt = torch.sin(3 * xt)
for deg in (1, 3, 5, 9, 15):
    V = torch.vander(x, N=deg + 1, increasing=True)
    coef = torch.linalg.lstsq(V.double(), y.double().unsqueeze(1)).solution.squeeze(1)
    train = ((V.double() @ coef - y.double()) ** 2).mean()
    Vt = torch.vander(xt, N=deg + 1, increasing=True).double()
    test = ((Vt @ coef - yt.double()) ** 2).mean()
    print(f"deg {deg:2d} train {train.item():.6f} test {test.item():.6f} |coef| {coef.abs().max().item():.3f}")
print(torch.vander(torch.tensor([1.0, 2.0, 3.0]), N=3))
