# Wrong target dtypes for common losses and what PyTorch says
import torch
import torch.nn as nn

logits = torch.randn(4, 3)
for name, fn, target in [
    ("cross_entropy float idx", nn.CrossEntropyLoss(), torch.tensor([0.0, 2.0, 1.0, 1.0])),
    ("bce long", nn.BCELoss(), torch.tensor([1, 0, 1, 0])),
    ("bce_logits long", nn.BCEWithLogitsLoss(), torch.tensor([1, 0, 1, 0])),
    ("nll int32", nn.NLLLoss(), torch.tensor([0, 2, 1, 1], dtype=torch.int32)),
]:
    inp = torch.sigmoid(logits[:, 0]) if name.startswith("bce") else logits
    try:
        print(name, fn(inp, target))
    except (RuntimeError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
