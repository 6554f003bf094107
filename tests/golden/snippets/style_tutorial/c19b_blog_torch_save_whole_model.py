# Saving tensors (not models): views, dicts and what comes back
import io
import torch

big = torch.arange(10.0)
small = big[:3]
buf = io.BytesIO()
torch.save({"small": small, "big": big, "note": "epoch 3"}, buf)
print(f"saved {buf.tell() > 0}")
buf.seek(0)
back = torch.load(buf)
print(back["small"], back["note"])
back["big"][0] = 100.0
print(back["small"][0].item())
print(back["small"].untyped_storage().nbytes(), back["small"].is_contiguous())
print(sorted(back))
