import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(92)
class AttnDecoder(nn.Module):
    def __init__(self, V, H):
        super().__init__()
        self.emb = nn.Embedding(V, H)
        self.attn = nn.Linear(2 * H, H)
        self.gru = nn.GRU(2 * H, H, batch_first=True)
        self.out = nn.Linear(H, V)
    def forward(self, tok, h, enc):
        e = self.emb(tok)
        scores = torch.bmm(enc, h.transpose(0, 1).transpose(1, 2)).squeeze(2)
        w = F.softmax(scores, dim=1)
        ctx = torch.bmm(w.unsqueeze(1), enc)
        o, h = self.gru(torch.cat([e, ctx], 2), h)
        return F.log_softmax(self.out(o.squeeze(1)), -1), h, w
dec = AttnDecoder(7, 4)
enc = torch.randn(2, 5, 4)
logp, h, w = dec(torch.tensor([[1], [1]]), torch.zeros(1, 2, 4), enc)
print(logp.shape, h.shape, w.shape, w.sum(1))
