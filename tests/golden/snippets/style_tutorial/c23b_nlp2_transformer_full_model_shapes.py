import torch
from torch import nn

torch.manual_seed(49)
model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1,
                       dim_feedforward=16, dropout=0.0, batch_first=True)
src = torch.randn(2, 5, 8)
tgt = torch.randn(2, 3, 8)
out = model(src, tgt, tgt_mask=model.generate_square_subsequent_mask(3))
print(out.shape)
print(type(model.encoder).__name__, type(model.decoder).__name__)
print(sum(p.numel() for p in model.parameters()))
try:
    model(src, torch.randn(2, 3, 6))
except Exception as e:
    print(type(e).__name__, e)
