# Dropout between LSTM layers only acts in training mode
import torch
import torch.nn as nn

torch.manual_seed(14)
enc = nn.LSTM(2, 4, num_layers=3, dropout=0.5, batch_first=True)
inp = torch.randn(3, 5, 2)
enc.train(False)
o1 = enc(inp)[0]
o2 = enc(inp)[0]
print(torch.equal(o1, o2), enc.training)
enc.train()
torch.manual_seed(1)
o3 = enc(inp)[0]
torch.manual_seed(1)
o4 = enc(inp)[0]
print(torch.equal(o3, o4), torch.equal(o1, o3))
with torch.inference_mode():
    o5 = enc(inp)[0]
print(o5.requires_grad, o1.requires_grad, o5.is_inference())
