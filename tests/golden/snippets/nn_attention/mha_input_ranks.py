# MultiheadAttention fed tensors of the wrong rank
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2)
seq = torch.randn(5, 3, 4)
tokens = torch.randn(5, 4)
attempts = [(seq, tokens, tokens, None, None), (tokens, seq, tokens, None, None), (torch.randn(4), tokens, tokens, None, None),
            (seq.unsqueeze(0), seq, seq, None, None), (tokens, tokens, tokens, torch.zeros(2, 5, dtype=torch.bool), None),
            (seq, seq, seq, torch.zeros(5, dtype=torch.bool), None), (tokens, tokens, tokens, None, torch.zeros(5)),
            (tokens, tokens, tokens, None, torch.zeros(3, 5, 5))]
for q, k, v, pad, mask in attempts:
    try:
        print(mha(q, k, v, key_padding_mask=pad, attn_mask=mask)[0].shape)
    except AssertionError as e:
        print("AssertionError:", e)
print(mha(tokens, tokens, tokens, attn_mask=torch.zeros(2, 5, 5))[0].shape)
