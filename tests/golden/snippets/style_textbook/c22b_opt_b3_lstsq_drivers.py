import torch

A = torch.tensor([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0], [1.0, 4.0]], dtype=torch.float64)
y = torch.tensor([[6.0], [5.0], [7.0], [10.0]], dtype=torch.float64)
for drv in ["gels", "gelsd", "gelss", "gelsy"]:
    r = torch.linalg.lstsq(A, y, driver=drv)
    print(drv, r.solution.flatten().numpy().round(6), r.rank, r.singular_values.numel())
print(torch.linalg.pinv(A) @ y)
