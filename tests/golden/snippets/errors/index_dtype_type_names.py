# Wrong dtypes for embedding indices: how the error names the tensor type
import torch
import torch.nn as nn

emb = nn.Embedding(5, 2)
for idx in (torch.tensor([1.0, 2.0]), torch.tensor([True, False]), torch.tensor([1, 2], dtype=torch.uint8),
            torch.tensor([1, 2], dtype=torch.bfloat16), torch.tensor([1j]), torch.tensor([1, 2], dtype=torch.int16),
            torch.tensor([1.0], dtype=torch.float16)):
    try:
        emb(idx)
    except RuntimeError as e:
        print(e)
print(emb(torch.tensor([1, 2], dtype=torch.int32)).shape)
