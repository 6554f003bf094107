# A uint16 tensor made first must not change which activations a TransformerEncoder recognises
import torch
import torch.nn as nn
torch.manual_seed(0)
u = torch.tensor([1, 2], dtype=torch.uint16)
layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0, batch_first=True)
enc = nn.TransformerEncoder(layer, 2)
enc.eval()
with torch.no_grad():
    print(enc(torch.randn(1, 3, 8)).shape)
print(u + 1)
