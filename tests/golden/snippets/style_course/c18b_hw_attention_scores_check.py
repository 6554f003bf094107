# HW5: scaled dot-product scores; graded with assert_close at float32 tolerance
import math

import torch
import torch.nn.functional as F


def attention(q, k, v):
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    return scores.softmax(dim=-1) @ v


torch.manual_seed(0)
q, k, v = torch.randn(3, 2, 4, 8).unbind(0)
torch.testing.assert_close(attention(q, k, v), F.scaled_dot_product_attention(q, k, v))
print("attention: PASS")
print(attention(q, k, v).shape)
