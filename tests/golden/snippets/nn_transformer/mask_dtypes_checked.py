# Masks of mixed dtypes: warnings from MultiheadAttention, the encoder and its layer; masks of other dtypes.
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(4, 2, batch_first=True)
x = torch.randn(2, 3, 4)
causal = nn.Transformer.generate_square_subsequent_mask(3)
pad = torch.tensor([[False, False, True], [False, False, False]])
for i in range(3):
    out, w = mha(x, x, x, attn_mask=causal, key_padding_mask=pad)
    print(i, w[0])
out, w = mha(x, x, x, attn_mask=causal.isinf(), key_padding_mask=pad.float() * -1e9)
print(w[0, -1])
layer = nn.TransformerEncoderLayer(4, 2, dim_feedforward=8, dropout=0.0, batch_first=True)
enc = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
print(enc(x, mask=causal, src_key_padding_mask=pad)[0, 0])
print(layer(x, src_mask=causal.isinf(), src_key_padding_mask=pad.float())[1, 0])
for kwargs in ({"attn_mask": causal.long()}, {"key_padding_mask": pad.int()},
               {"key_padding_mask": torch.zeros(3, 3, dtype=torch.bool)},
               {"key_padding_mask": torch.zeros(2, 4, dtype=torch.bool)}):
    try:
        mha(x, x, x, **kwargs)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    enc(x, src_key_padding_mask=pad.long())
except AssertionError as e:
    print("AssertionError:", e)
