# A tiny Transformer encoder classifier: embedding + learned positions, TransformerEncoder, mean pooling, eval output.
import torch
import torch.nn as nn

class TinyTransformer(nn.Module):
    def __init__(self, vocab, d_model=8, nhead=2, layers=2, classes=3, max_len=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        self.pos = nn.Parameter(torch.zeros(1, max_len, d_model))
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=16, dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=layers)
        self.head = nn.Linear(d_model, classes)

    def forward(self, x):
        h = self.embed(x) + self.pos[:, :x.size(1)]
        h = self.encoder(h)
        return self.head(h.mean(dim=1))

torch.manual_seed(0)
model = TinyTransformer(12)
x = torch.randint(0, 12, (3, 5))
model.eval()
with torch.no_grad():
    logits = model(x)
print(logits.shape, logits.argmax(-1))
print(sum(p.numel() for p in model.parameters()))
model.train()
loss = nn.functional.cross_entropy(model(x), torch.tensor([0, 1, 2]))
loss.backward()
print(loss.item() > 0, model.pos.grad.shape, model.encoder.layers[0].self_attn.in_proj_weight.grad.shape)
