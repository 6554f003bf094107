# cdist's loop path (25 rows or fewer): every distance at full precision, column counts around
# the 4-float / 2-double blocks whose leftover columns ATen's compiled loop fuses.
import torch

torch.manual_seed(15)
for m in (2, 3, 4, 5, 7, 9):
    a = torch.randn(6, m) * 3
    b = torch.randn(5, m)
    print(m, [v.hex() for v in torch.cdist(a, b).flatten().tolist()[:12]])
for m in (3, 5, 6):
    a = torch.randn(4, m, dtype=torch.float64) * 3
    b = torch.randn(3, m, dtype=torch.float64)
    print(m, torch.cdist(a, b).flatten().tolist())
batch = torch.randn(2, 3, 7)
print(torch.cdist(batch, batch.flip(1)))
