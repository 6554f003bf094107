import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, hidden=5):
        super().__init__()
        self.enc = nn.GRU(1, hidden, batch_first=True)
        self.dec = nn.GRU(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, src, horizon, target=None):
        _, h = self.enc(src)
        inp = src[:, -1:, :]
        preds = []
        for t in range(horizon):
            o, h = self.dec(inp, h)
            p = self.out(o)
            preds.append(p)
            inp = target[:, t:t + 1] if target is not None else p
        return torch.cat(preds, 1)


torch.manual_seed(4)
model = Seq2Seq()
src = torch.randn(3, 7, 1)
tgt = torch.randn(3, 4, 1)
y_tf = model(src, 4, tgt)
y_ar = model(src, 4)
print(y_tf.shape, y_ar.shape)
print(torch.allclose(y_tf[:, 0], y_ar[:, 0]), torch.allclose(y_tf[:, 1], y_ar[:, 1]))
print(f"{nn.functional.mse_loss(y_tf, tgt).item():.5f}")
