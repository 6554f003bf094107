# k-NN regression with inverse-distance weights vs plain averaging, float64, on a 1-D function.
import torch

torch.manual_seed(3)
xtr = torch.rand(20, 1, dtype=torch.float64) * 6
ytr = torch.sin(xtr).squeeze(1)
xq = torch.tensor([[0.5], [2.0], [3.3], [5.9]], dtype=torch.float64)
d = torch.cdist(xq, xtr)
for k in (1, 3, 5):
    dist, idx = torch.topk(d, k, largest=False, sorted=True)
    plain = ytr[idx].mean(1)
    w = 1.0 / (dist + 1e-8)
    weighted = (w * ytr[idx]).sum(1) / w.sum(1)
    print(k, plain, weighted)
print(torch.sin(xq).squeeze(1))
sorted_d, order = d.sort(dim=1)
print(order[:, :3])
print(sorted_d[:, 0])
print(torch.kthvalue(d, 2, dim=1))
