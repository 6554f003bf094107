# A tiny TransformerEncoder classifier on token ids: shapes, the padding mask, mean pooling, eval outputs.
import torch
import torch.nn as nn

torch.manual_seed(64)


class TinyTransformer(nn.Module):
    def __init__(self, vocab=12, d_model=8, classes=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, d_model, padding_idx=0)
        layer = nn.TransformerEncoderLayer(d_model, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=1, enable_nested_tensor=False)
        self.head = nn.Linear(d_model, classes)

    def forward(self, tokens):
        pad = tokens == 0
        h = self.encoder(self.emb(tokens), src_key_padding_mask=pad)
        h = h.masked_fill(pad.unsqueeze(-1), 0).sum(1) / (~pad).sum(1, keepdim=True)
        return self.head(h)


model = TinyTransformer().eval()
tokens = torch.tensor([[3, 5, 7, 0, 0], [1, 2, 3, 4, 5]])
with torch.no_grad():
    out = model(tokens)
print(out.shape)
print(out.round(decimals=3))
print(sum(p.numel() for p in model.parameters()))
print(model.encoder.layers[0].self_attn.in_proj_weight.shape)
