# A table of result dtypes for common operand pairs.
import torch

samples = {'bool': torch.tensor([True]), 'uint8': torch.tensor([1], dtype=torch.uint8),
           'int32': torch.tensor([1], dtype=torch.int32), 'int64': torch.tensor([1]),
           'half': torch.tensor([1.0], dtype=torch.half), 'float': torch.tensor([1.0]),
           'double': torch.tensor([1.0], dtype=torch.double)}
names = list(samples)
for a in names:
    print(f'{a:>6}', ' '.join(f'{str((samples[a] + samples[b]).dtype)[6:]:>8}' for b in names))
print((samples['int32'] / samples['int32']).dtype, (samples['uint8'] * -1).dtype, (samples['bool'] * 2.5).dtype)
