# Saving a recommender: state_dict keys and shapes, buffers included
import io
import torch
import torch.nn as nn

class Rec(nn.Module):
    def __init__(self):
        super().__init__()
        self.user_factors = nn.Embedding(4, 2)
        self.item_factors = nn.EmbeddingBag(5, 2, mode='sum')
        self.register_buffer('item_pop', torch.zeros(5))
m = Rec()
sd = m.state_dict()
print({k: tuple(v.shape) for k, v in sd.items()})
buf = io.BytesIO()
torch.save(sd, buf)
buf.seek(0)
loaded = torch.load(buf)
print(list(loaded))
sd2 = dict(loaded)
sd2['user_factors.weight'] = torch.zeros(5, 2)
try:
    m.load_state_dict(sd2)
except RuntimeError as e:
    print(e)
