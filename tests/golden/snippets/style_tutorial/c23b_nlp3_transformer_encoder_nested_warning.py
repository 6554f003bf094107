import warnings
import torch
from torch import nn

# The nested-tensor fast path needs batch_first=True layers: PyTorch says so when it cannot use it
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    seq_first = nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16), num_layers=2)
print([c.category.__name__ for c in caught], [str(c.message)[:100] for c in caught])
print(seq_first.use_nested_tensor, seq_first.enable_nested_tensor)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    batch_first = nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, batch_first=True), num_layers=1)
print(len(caught), batch_first.use_nested_tensor)
