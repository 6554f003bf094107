import io

import torch

buf = io.BytesIO()
t = torch.tensor([[1.5, -2.0], [3.25, 4.0]])
torch.save(t, buf)
buf.seek(0)
loaded = torch.load(buf)
print(loaded, loaded.dtype, torch.equal(t, loaded))
for value in [torch.arange(5), torch.tensor([True, False]), torch.tensor(2.5, dtype=torch.float64),
              torch.ones(2, requires_grad=True), torch.zeros(0, 3)]:
    buf = io.BytesIO()
    torch.save(value, buf)
    buf.seek(0)
    print(torch.load(buf))
