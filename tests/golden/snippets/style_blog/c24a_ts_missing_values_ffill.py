# Forward-filling missing readings with cummax over valid indices
import torch

readings = torch.tensor([1.0, float('nan'), float('nan'), 4.0, float('nan'), 6.0])
present = readings.isnan().logical_not()
pos = torch.arange(readings.numel()) * present
last_seen = pos.cummax(dim=0)
print(last_seen.values, last_seen.indices)
print(readings[last_seen.values])
print(readings.nan_to_num(nan=-1.0, posinf=0.0))
print(readings.nanmean(), readings.mean(), readings.nansum())
print(present.sum(), readings.isnan().nonzero().view(-1))
