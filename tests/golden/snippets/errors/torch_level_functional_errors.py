# Calling torch.dropout / torch.layer_norm / torch.embedding with the functional API's arguments
import torch

x = torch.randn(2, 4)
attempts = {
    "dropout p": lambda: torch.dropout(x, 1.5, True),
    "dropout training=": lambda: torch.dropout(x, 0.5, training=True),
    "dropout no train": lambda: torch.dropout(x, 0.5),
    "layer_norm int shape": lambda: torch.layer_norm(x, 4),
    "batch_norm eval": lambda: torch.batch_norm(x, None, None, None, None, False, 0.1, 1e-5, False),
    "batch_norm functional order": lambda: torch.batch_norm(x, None, None),
    "embedding swapped": lambda: torch.embedding(torch.tensor([0, 1]), torch.randn(3, 2)),
    "kl_div string": lambda: torch.kl_div(x, x, "batchmean"),
    "selu inplace": lambda: torch.selu(x, inplace=True),
    "max_pool2d float": lambda: torch.max_pool2d(x[None], 2.0),
    "threshold one value": lambda: torch.threshold(x, 0.5),
}
for name, attempt in attempts.items():
    try:
        attempt()
        print(name, "ran")
    except (RuntimeError, TypeError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
