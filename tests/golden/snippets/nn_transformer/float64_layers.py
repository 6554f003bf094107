import torch
import torch.nn as nn

torch.manual_seed(0)
enc = nn.TransformerEncoderLayer(4, 2, 8, dropout=0.0, dtype=torch.float64)
dec = nn.TransformerDecoderLayer(4, 2, 8, dropout=0.0, dtype=torch.float64)
model = nn.Transformer(4, 2, 1, 1, 8, dropout=0.0, batch_first=True, dtype=torch.float64)
print(sorted({p.dtype for m in (enc, dec, model) for p in m.parameters()}, key=str))
src = torch.randn(2, 3, 4, dtype=torch.float64)
tgt = torch.randn(2, 2, 4, dtype=torch.float64)
out = model(src, tgt, tgt_mask=model.generate_square_subsequent_mask(2, dtype=torch.float64))
print(out.dtype, out)
print(dec(tgt.transpose(0, 1), enc(src.transpose(0, 1))).dtype)
