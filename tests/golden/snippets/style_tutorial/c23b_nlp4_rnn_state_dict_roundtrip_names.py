import io
import torch
from torch import nn

torch.manual_seed(95)
enc = nn.GRU(3, 4, num_layers=2, bidirectional=True)
buf = io.BytesIO()
torch.save(enc.state_dict(), buf)
buf.seek(0)
state = torch.load(buf)
print(list(state)[:4], len(state))
fresh = nn.GRU(3, 4, num_layers=2, bidirectional=True)
print(fresh.load_state_dict(state))
print(all(torch.equal(a, b) for a, b in zip(enc.parameters(), fresh.parameters())))
try:
    nn.GRU(3, 4).load_state_dict(state)
except Exception as e:
    print(type(e).__name__, str(e)[:120])
