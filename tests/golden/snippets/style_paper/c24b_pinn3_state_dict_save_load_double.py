# saving a float64 PINN's state_dict and loading it into a float32 model
import io
import torch
import torch.nn as nn

torch.manual_seed(101)
net64 = nn.Linear(2, 1).double()
buf = io.BytesIO()
torch.save(net64.state_dict(), buf)
buf.seek(0)
sd = torch.load(buf)
print({k: v.dtype for k, v in sd.items()})
net32 = nn.Linear(2, 1)
print(net32.load_state_dict(sd))
print(net32.weight.dtype, torch.allclose(net32.weight.double(), net64.weight, atol=1e-7))
