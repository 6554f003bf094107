import io
import torch
import torch.nn as nn

class TwoTower(nn.Module):
    def __init__(self):
        super().__init__()
        self.users = nn.Embedding(3, 2)
        self.items = nn.Embedding(4, 2)

torch.manual_seed(26)
towers = TwoTower()
stream = io.BytesIO()
torch.save(towers.state_dict(), stream)
stream.seek(0)
restored = torch.load(stream, weights_only=True)
print(sorted(restored))
print([(name, list(t.shape)) for name, t in restored.items()])
other = TwoTower()
missing = other.load_state_dict(restored, strict=True)
print(missing.missing_keys, missing.unexpected_keys)
print(torch.equal(other.items.weight, towers.items.weight))
