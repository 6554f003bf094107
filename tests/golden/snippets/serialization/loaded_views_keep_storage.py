# Loaded views keep their place in the saved storage: offsets, strides, storage sizes and sharing.
import io
import torch

x = torch.arange(10.0)
buf = io.BytesIO()
torch.save([x, x[3:], x[1::3], x.view(2, 5).t(), x[4:6].half()], buf)
buf.seek(0)
loaded = torch.load(buf)
for t in loaded:
    print(t.storage_offset(), t.stride(), t.untyped_storage().size(), t.is_contiguous(), t.dtype)
loaded[1][0] = 100
print(loaded[0], loaded[2])
print(loaded[2][1:].storage_offset(), loaded[3][1].storage_offset(), loaded[3].contiguous().storage_offset())
print(loaded[3].view(-1) if loaded[3].is_contiguous() else loaded[3].reshape(-1))
