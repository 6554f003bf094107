# Saving tensors: torch.save to an in-memory file, loading back, and views saved with their storage.
import io
import torch

points = torch.tensor([[4.0, 1.0], [5.0, 3.0], [2.0, 1.0]])
buf = io.BytesIO()
torch.save(points, buf)
buf.seek(0)
loaded = torch.load(buf)
print(loaded, torch.equal(points, loaded), loaded.dtype)
row = points[1]
buf2 = io.BytesIO()
torch.save({'row': row, 'all': points}, buf2)
buf2.seek(0)
d = torch.load(buf2)
d['row'][0] = 100.0
print(d['all'], d['row'].storage_offset())
