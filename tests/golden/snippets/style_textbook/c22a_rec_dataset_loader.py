import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(17)
u = torch.tensor([0, 1, 2, 3, 0, 1, 2])
i = torch.tensor([5, 4, 3, 2, 1, 0, 6])
r = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 1.5, 2.5])
ds = TensorDataset(u, i, r)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=3, shuffle=True)
for bu, bi, br in loader:
    print(bu.tolist(), bi.tolist(), br.tolist())
