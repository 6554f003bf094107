# A tiny nn.TransformerEncoder classifier trained for a few steps on synthetic token sequences.
import torch
import torch.nn as nn

torch.manual_seed(0)

class TinyTransformer(nn.Module):
    def __init__(self, vocab=12, d=16, heads=2, classes=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.pos = nn.Parameter(torch.zeros(1, 6, d))
        layer = nn.TransformerEncoderLayer(d, heads, dim_feedforward=32, dropout=0.0, batch_first=True)
        self.enc = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
        self.head = nn.Linear(d, classes)

    def forward(self, tokens, pad_mask=None):
        h = self.enc(self.emb(tokens) + self.pos[:, :tokens.shape[1]], src_key_padding_mask=pad_mask)
        return self.head(h.mean(dim=1))

model = TinyTransformer()
print(sum(p.numel() for p in model.parameters()))
tokens = torch.randint(1, 12, (8, 6))
labels = tokens[:, 0] % 3
mask = torch.zeros(8, 6, dtype=torch.bool)
mask[:, 5] = True
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(4):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(tokens, mask), labels)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.5f}")
model.eval()
with torch.no_grad():
    print(model(tokens[:2]).argmax(-1), model(tokens, mask).shape)
